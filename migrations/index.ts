import * as migration_20261129_040959_initial from './20261129_040959_initial';

export const migrations = [
  {
    up: migration_20261129_040959_initial.up,
    down: migration_20261129_040959_initial.down,
    name: '20261129_040959_initial'
  },
];
