using System.Net;
using System.Net.Sockets;
using Optpoline.Workloads.KeyValue.Protocol;

namespace Optpoline.Workloads.KeyValue.Net;

/// <summary>
/// The load generator of the TCP mode, like redis-benchmark with pipelining: a few connections,
/// each sent a pipeline of operations at a time; a round sends one pipeline on every connection and
/// then reads every reply. Loopback only, and bounded: it refuses to send more than
/// <see cref="MaxOperations"/> operations, and a reply that does not come within the socket
/// timeout ends the run with an error.
/// </summary>
public sealed class TcpLoadGenerator : IDisposable
{
    public const long MaxOperations = 2_000_000_000;
    private static readonly TimeSpan s_replyLimit = TimeSpan.FromSeconds(10);

    private readonly Socket[] _connections;
    private readonly byte[][] _operations;
    private readonly int _pipeline;
    private readonly byte[] _send = new byte[64 * 1024];
    private byte[] _receive = new byte[256 * 1024];
    private int _next;
    private long _sent;

    public TcpLoadGenerator(IPEndPoint server, int connections, int pipeline, byte[][] operations)
    {
        if (!IPAddress.IsLoopback(server.Address))
        {
            throw new ArgumentException("the load generator only sends to the loopback address", nameof(server));
        }

        _pipeline = pipeline;
        _operations = operations;
        _connections = new Socket[connections];
        for (var i = 0; i < connections; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveTimeout = (int)s_replyLimit.TotalMilliseconds, SendTimeout = (int)s_replyLimit.TotalMilliseconds };
            socket.Connect(server);
            _connections[i] = socket;
        }
    }

    /// <summary>When set, every reply byte is added to it (the verification run).</summary>
    public Action<ReadOnlySpan<byte>>? ReplySink { get; set; }

    /// <summary>Sends a pipeline on every connection, then reads all the replies; returns the operations done.</summary>
    public int RunRound()
    {
        if (_sent > MaxOperations)
        {
            throw new InvalidOperationException($"the load generator stops after {MaxOperations} operations");
        }

        foreach (var connection in _connections)
        {
            var length = 0;
            for (var i = 0; i < _pipeline; i++)
            {
                var operation = _operations[_next];
                _next = (_next + 1) % _operations.Length;
                if (length + operation.Length > _send.Length)
                {
                    connection.Send(_send.AsSpan(0, length));
                    length = 0;
                }

                operation.CopyTo(_send, length);
                length += operation.Length;
            }

            connection.Send(_send.AsSpan(0, length));
        }

        foreach (var connection in _connections)
        {
            ReadReplies(connection, _pipeline);
        }

        _sent += _connections.Length * _pipeline;
        return _connections.Length * _pipeline;
    }

    public void Dispose()
    {
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }
    }

    private void ReadReplies(Socket connection, int count)
    {
        var filled = 0;
        var parsed = 0;
        var replies = 0;
        while (replies < count)
        {
            var length = RespReplyReader.TryRead(_receive.AsSpan(parsed, filled - parsed));
            if (length > 0)
            {
                ReplySink?.Invoke(_receive.AsSpan(parsed, length));
                parsed += length;
                replies++;
                continue;
            }

            if (filled == _receive.Length)
            {
                if (parsed > 0)
                {
                    _receive.AsSpan(parsed, filled - parsed).CopyTo(_receive);
                    filled -= parsed;
                    parsed = 0;
                }
                else
                {
                    Array.Resize(ref _receive, _receive.Length * 2);
                }
            }

            var read = connection.Receive(_receive, filled, _receive.Length - filled, SocketFlags.None);
            if (read == 0)
            {
                throw new InvalidOperationException("the server closed the connection");
            }

            filled += read;
        }

        if (parsed != filled)
        {
            throw new InvalidOperationException("the server sent more replies than requests");
        }
    }
}
