/** Whether a store location names a PostgreSQL database (`postgres://…` or `postgresql://…`). */
export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}
