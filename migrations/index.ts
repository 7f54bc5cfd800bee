import * as migration_20261129_040959_initial from './20261129_040959_initial';
import * as migration_20261129_043915_search from './20261129_043915_search';
import * as migration_20261201_223408_settings_one_origin from './20261201_223408_settings_one_origin';
import * as migration_20261201_232701_settings_organisation_name from './20261201_232701_settings_organisation_name';
import * as migration_20261202_005303_recipients from './20261202_005303_recipients';
import * as migration_20261202_012640_sending from './20261202_012640_sending';
import * as migration_20261202_030440_snapshots from './20261202_030440_snapshots';
import * as migration_20261202_042020_snapshot_placeholder from './20261202_042020_snapshot_placeholder';
import * as migration_20261202_052054_media_storage from './20261202_052054_media_storage';
import * as migration_20261206_032419_record_and_cache from './20261206_032419_record_and_cache';
import * as migration_20261206_051718_doors_under_abuse from './20261206_051718_doors_under_abuse';
import * as migration_20261206_053623_queues_and_resumed_imports from './20261206_053623_queues_and_resumed_imports';
import * as migration_20261206_054158_no_lockout from './20261206_054158_no_lockout';
import * as migration_20261206_054300_limit_counts from './20261206_054300_limit_counts';
import * as migration_20261206_055009_test_send_rules from './20261206_055009_test_send_rules';
import * as migration_20261206_070832_returns from './20261206_070832_returns';
import * as migration_20261206_094831_lift_and_soft_bounce_settings from './20261206_094831_lift_and_soft_bounce_settings';
import * as migration_20261206_101500_statistics from './20261206_101500_statistics';
import * as migration_20261206_124542_past_issue_imports from './20261206_124542_past_issue_imports';
import * as migration_20261206_131200_audit_log from './20261206_131200_audit_log';
import * as migration_20261206_131332_audit_settings_and_task from './20261206_131332_audit_settings_and_task';
import * as migration_20261206_150908_approvals from './20261206_150908_approvals';
import * as migration_20261206_152045_reusable_texts from './20261206_152045_reusable_texts';

export const migrations = [
  {
    up: migration_20261129_040959_initial.up,
    down: migration_20261129_040959_initial.down,
    name: '20261129_040959_initial',
  },
  {
    up: migration_20261129_043915_search.up,
    down: migration_20261129_043915_search.down,
    name: '20261129_043915_search',
  },
  {
    up: migration_20261201_223408_settings_one_origin.up,
    down: migration_20261201_223408_settings_one_origin.down,
    name: '20261201_223408_settings_one_origin',
  },
  {
    up: migration_20261201_232701_settings_organisation_name.up,
    down: migration_20261201_232701_settings_organisation_name.down,
    name: '20261201_232701_settings_organisation_name',
  },
  {
    up: migration_20261202_005303_recipients.up,
    down: migration_20261202_005303_recipients.down,
    name: '20261202_005303_recipients',
  },
  {
    up: migration_20261202_012640_sending.up,
    down: migration_20261202_012640_sending.down,
    name: '20261202_012640_sending',
  },
  {
    up: migration_20261202_030440_snapshots.up,
    down: migration_20261202_030440_snapshots.down,
    name: '20261202_030440_snapshots',
  },
  {
    up: migration_20261202_042020_snapshot_placeholder.up,
    down: migration_20261202_042020_snapshot_placeholder.down,
    name: '20261202_042020_snapshot_placeholder',
  },
  {
    up: migration_20261202_052054_media_storage.up,
    down: migration_20261202_052054_media_storage.down,
    name: '20261202_052054_media_storage',
  },
  {
    up: migration_20261206_032419_record_and_cache.up,
    down: migration_20261206_032419_record_and_cache.down,
    name: '20261206_032419_record_and_cache',
  },
  {
    up: migration_20261206_051718_doors_under_abuse.up,
    down: migration_20261206_051718_doors_under_abuse.down,
    name: '20261206_051718_doors_under_abuse',
  },
  {
    up: migration_20261206_053623_queues_and_resumed_imports.up,
    down: migration_20261206_053623_queues_and_resumed_imports.down,
    name: '20261206_053623_queues_and_resumed_imports',
  },
  {
    up: migration_20261206_054158_no_lockout.up,
    down: migration_20261206_054158_no_lockout.down,
    name: '20261206_054158_no_lockout',
  },
  {
    up: migration_20261206_054300_limit_counts.up,
    down: migration_20261206_054300_limit_counts.down,
    name: '20261206_054300_limit_counts',
  },
  {
    up: migration_20261206_055009_test_send_rules.up,
    down: migration_20261206_055009_test_send_rules.down,
    name: '20261206_055009_test_send_rules',
  },
  {
    up: migration_20261206_070832_returns.up,
    down: migration_20261206_070832_returns.down,
    name: '20261206_070832_returns',
  },
  {
    up: migration_20261206_094831_lift_and_soft_bounce_settings.up,
    down: migration_20261206_094831_lift_and_soft_bounce_settings.down,
    name: '20261206_094831_lift_and_soft_bounce_settings',
  },
  {
    up: migration_20261206_101500_statistics.up,
    down: migration_20261206_101500_statistics.down,
    name: '20261206_101500_statistics',
  },
  {
    up: migration_20261206_124542_past_issue_imports.up,
    down: migration_20261206_124542_past_issue_imports.down,
    name: '20261206_124542_past_issue_imports',
  },
  {
    up: migration_20261206_131200_audit_log.up,
    down: migration_20261206_131200_audit_log.down,
    name: '20261206_131200_audit_log',
  },
  {
    up: migration_20261206_131332_audit_settings_and_task.up,
    down: migration_20261206_131332_audit_settings_and_task.down,
    name: '20261206_131332_audit_settings_and_task',
  },
  {
    up: migration_20261206_150908_approvals.up,
    down: migration_20261206_150908_approvals.down,
    name: '20261206_150908_approvals',
  },
  {
    up: migration_20261206_152045_reusable_texts.up,
    down: migration_20261206_152045_reusable_texts.down,
    name: '20261206_152045_reusable_texts',
  },
];
