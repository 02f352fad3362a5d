namespace BackCareRoller.Storage;

/// <summary>The session database cannot be used: unreadable, not a database, or written by a newer version.</summary>
public sealed class SessionStoreException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public SessionStoreException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the database file.</param>
    public SessionStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around its cause.</summary>
    /// <param name="message">What went wrong, naming the database file.</param>
    /// <param name="innerException">The SQLite or I/O error behind it.</param>
    public SessionStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
