namespace Optpoline.Tests.Differential;

/// <summary>One of the exception types generated implementations throw. Public: generated code constructs it.</summary>
public sealed class DifferentialException : Exception
{
    public DifferentialException()
    {
    }

    public DifferentialException(string message)
        : base(message)
    {
    }

    public DifferentialException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
