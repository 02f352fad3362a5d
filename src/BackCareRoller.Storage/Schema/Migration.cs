namespace BackCareRoller.Storage.Schema;

/// <summary>One forward step of the schema; the database's <c>PRAGMA user_version</c> records the last one applied.</summary>
/// <param name="Version">The version the database has after this step (1, 2, ...).</param>
/// <param name="Why">What the step adds and why, for the log and for readers of the schema history.</param>
/// <param name="Sql">The statements, run in one transaction with the version bump.</param>
internal sealed record Migration(int Version, string Why, string Sql);
