namespace Optpoline.Rewriter;

/// <summary>An assembly the rewriter refuses, with a message for the user. Nothing was written.</summary>
public sealed class WeaveException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WeaveException(WeaveError error, string message, Exception? inner = null)
        : base(message, inner)
    {
        Error = error;
    }

    /// <summary>Creates an exception with no particular kind (for serializers and analyzers).</summary>
    public WeaveException()
        : this(WeaveError.Io, "The assembly could not be woven.")
    {
    }

    /// <summary>Creates an exception with no particular kind.</summary>
    public WeaveException(string message)
        : this(WeaveError.Io, message)
    {
    }

    /// <summary>Creates an exception with no particular kind.</summary>
    public WeaveException(string message, Exception inner)
        : this(WeaveError.Io, message, inner)
    {
    }

    /// <summary>What kind of refusal this is.</summary>
    public WeaveError Error { get; }
}
