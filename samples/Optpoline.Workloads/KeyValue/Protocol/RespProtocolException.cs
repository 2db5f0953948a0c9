namespace Optpoline.Workloads.KeyValue.Protocol;

/// <summary>The client sent something that is not RESP; the server replies with an error and closes the connection.</summary>
public sealed class RespProtocolException : Exception
{
    public RespProtocolException()
    {
    }

    public RespProtocolException(string message)
        : base(message)
    {
    }

    public RespProtocolException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
