using System.Net;
using System.Net.Sockets;
using Optpoline.Workloads.KeyValue.Protocol;
using Optpoline.Workloads.KeyValue.Server;

namespace Optpoline.Workloads.KeyValue.Net;

/// <summary>
/// Serves a <see cref="KeyValueServer"/> over TCP on the loopback address only: a thread per
/// connection reads what the client sent, runs every complete command (clients pipeline) under one
/// lock, as the single-threaded server it is, and writes the replies back in one send.
/// </summary>
public sealed class TcpKeyValueServer : IDisposable
{
    private static readonly TimeSpan s_idleLimit = TimeSpan.FromSeconds(30);

    private readonly KeyValueServer _server;
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly Lock _gate = new();
    private readonly List<(Socket Socket, Thread Thread)> _connections = [];
    private readonly Thread _acceptor;
    private volatile bool _stopping;

    public TcpKeyValueServer(KeyValueServer server)
    {
        _server = server;
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(16);
        EndPoint = (IPEndPoint)_listener.LocalEndPoint!;
        _acceptor = new Thread(Accept) { IsBackground = true, Name = "kv accept" };
        _acceptor.Start();
    }

    public IPEndPoint EndPoint { get; }

    public void Dispose()
    {
        _stopping = true;
        _listener.Dispose();
        List<(Socket Socket, Thread Thread)> connections;
        lock (_connections)
        {
            connections = [.. _connections];
        }

        foreach (var (socket, _) in connections)
        {
            socket.Dispose();
        }

        foreach (var (_, thread) in connections)
        {
            thread.Join(TimeSpan.FromSeconds(5));
        }

        _acceptor.Join(TimeSpan.FromSeconds(5));
    }

    private void Accept()
    {
        while (!_stopping)
        {
            Socket client;
            try
            {
                client = _listener.Accept();
            }
            catch (Exception e) when (_stopping && e is SocketException or ObjectDisposedException)
            {
                return;
            }

            client.NoDelay = true;
            client.ReceiveTimeout = (int)s_idleLimit.TotalMilliseconds;
            var thread = new Thread(() => Serve(client)) { IsBackground = true, Name = "kv connection" };
            lock (_connections)
            {
                _connections.Add((client, thread));
            }

            thread.Start();
        }
    }

    private void Serve(Socket client)
    {
        var session = _server.Connect();
        var input = new byte[64 * 1024];
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == input.Length)
                {
                    Array.Resize(ref input, input.Length * 2);
                }

                var read = client.Receive(input, filled, input.Length - filled, SocketFlags.None);
                if (read == 0)
                {
                    return;
                }

                filled += read;
                int taken;
                lock (_gate)
                {
                    taken = _server.Execute(session, input, 0, filled);
                }

                input.AsSpan(taken, filled - taken).CopyTo(input);
                filled -= taken;
                if (session.Reply.Length > 0)
                {
                    client.Send(session.Reply.Written);
                    session.Reply.Clear();
                }
            }
        }
        catch (RespProtocolException e)
        {
            session.Reply.Clear();
            session.Reply.WriteError("ERR Protocol error: " + e.Message);
            client.Send(session.Reply.Written);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The client went away, timed out, or the server is stopping.
        }
        finally
        {
            client.Dispose();
        }
    }
}
