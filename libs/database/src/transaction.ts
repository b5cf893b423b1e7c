import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in one transaction and passes its manager down, so a row and its outbox event commit
 * together. When `manager` is given (already inside a transaction) the work joins it instead of nesting.
 */
export function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  manager?: EntityManager,
): Promise<T> {
  if (manager?.queryRunner?.isTransactionActive) return work(manager);
  return dataSource.transaction(work);
}
