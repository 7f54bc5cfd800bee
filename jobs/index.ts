import { approvalMailTask } from './approvalMail'
import { auditRetentionTask } from './auditRetention'
import { importSubscribersTask } from './importSubscribers'
import { purgeUnconfirmedTask } from './purgeUnconfirmed'
import { readReturnsTask } from './readReturns'
import { resumeImportsTask } from './resumeImports'
import { resumeSendingsTask } from './resumeSendings'
import { runSendingTask } from './runSending'
import { subscriptionMailTask } from './subscriptionMail'

/** Every job the queue runs (besides Payload's own scheduled publishing). */
export const tasks = [importSubscribersTask, subscriptionMailTask, purgeUnconfirmedTask, runSendingTask, resumeSendingsTask, resumeImportsTask, readReturnsTask, auditRetentionTask, approvalMailTask]
