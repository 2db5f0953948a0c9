namespace Optpoline.Workloads.Pipeline.Http;

/// <summary>The request is malformed or invalid: answered with 400.</summary>
public sealed class BadRequestException : Exception
{
    public BadRequestException()
    {
    }

    public BadRequestException(string message)
        : base(message)
    {
    }

    public BadRequestException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
