using System.Diagnostics;
using Optpoline.Workloads.KeyValue.Commands;
using Optpoline.Workloads.KeyValue.Protocol;
using Optpoline.Workloads.KeyValue.Storage;

namespace Optpoline.Workloads.KeyValue.Server;

/// <summary>
/// The server's core, with no networking: parses the commands a client sent, checks them, runs
/// them, and propagates writes. Single-threaded like Redis: whoever calls <see cref="Execute"/> from
/// several threads serializes the calls.
/// </summary>
public sealed class KeyValueServer
{
    private readonly CommandTable _commands = CommandTable.Standard();
    private readonly AccessControl _access = new();
    private readonly ICommandObserver[] _observers;
    private readonly IWriteFeed[] _feeds;

    public KeyValueServer(IStorageEngine engine)
    {
        Keyspace = new Keyspace(engine);
        Statistics = new CommandStatistics();
        _observers = [Statistics, new SlowLog(TimeSpan.FromMilliseconds(10)), new LatencyHistogram()];
        _feeds = [new AppendOnlyFile(), new ReplicationBacklog()];
    }

    public Keyspace Keyspace { get; }

    public CommandStatistics Statistics { get; }

    public ClientSession Connect(string user = AccessControl.DefaultUser) =>
        _access.IsUser(user) ? new ClientSession(user, Keyspace) : throw new ArgumentException($"no user {user}", nameof(user));

    /// <summary>
    /// Runs every complete command in <c>input[offset..offset+count]</c>, writing the replies to the
    /// session; returns the bytes taken (a command that is not complete is left for the next call).
    /// </summary>
    /// <exception cref="RespProtocolException">The client sent something that is not a command.</exception>
    public int Execute(ClientSession session, byte[] input, int offset, int count)
    {
        var taken = 0;
        while (true)
        {
            var length = RespParser.TryParse(input, offset + taken, count - taken, session.Context.Arguments);
            if (length == 0)
            {
                return taken;
            }

            Dispatch(session, input.AsSpan(offset + taken, length));
            taken += length;
        }
    }

    /// <summary>A checksum of the keyspace and of what was propagated.</summary>
    public ulong Checksum()
    {
        var checksum = default(Fnv1a);
        checksum.Add((long)Keyspace.Checksum());
        foreach (var feed in _feeds)
        {
            feed.AddTo(ref checksum);
        }

        return checksum.Value;
    }

    private void Dispatch(ClientSession session, ReadOnlySpan<byte> raw)
    {
        var context = session.Context;
        var args = context.Arguments;
        session.Commands++;
        if (!_commands.TryFind(args[0], out var command))
        {
            context.Reply.WriteError(Errors.UnknownCommand(args.GetString(0)));
            return;
        }

        if (command.Arity > 0 ? args.Count != command.Arity : args.Count < -command.Arity)
        {
            context.Reply.WriteError(Errors.WrongArgumentCount(command.Name));
            return;
        }

        if (!_access.MayRun(session.User, command))
        {
            context.Reply.WriteError(Errors.NoPermission(session.User, command.Name));
            return;
        }

        context.Reset();
        var start = Stopwatch.GetTimestamp();
        command.Execute(context);
        var elapsed = Stopwatch.GetTimestamp() - start;
        foreach (var observer in _observers)
        {
            observer.OnExecuted(command, context, elapsed);
        }

        if (context.Dirty)
        {
            foreach (var feed in _feeds)
            {
                feed.Append(raw);
            }
        }
    }
}
