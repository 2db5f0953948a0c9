namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary>The server's commands by name, looked up without case and without allocating.</summary>
public sealed class CommandTable
{
    private readonly Dictionary<string, ICommand> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ICommand>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CommandTable(IEnumerable<ICommand> commands)
    {
        foreach (var command in commands)
        {
            _byName.Add(command.Name, command);
        }

        _lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every command the server knows.</summary>
    public static CommandTable Standard() => new(
    [
        new PingCommand(), new EchoCommand(), new GetCommand(), new SetCommand(), new DelCommand(), new ExistsCommand(),
        new IncrCommand(), new DecrCommand(), new IncrByCommand(), new AppendCommand(), new StrlenCommand(), new MGetCommand(),
        new HSetCommand("HSET"), new HSetCommand("HMSET"), new HGetCommand(), new HMGetCommand(), new HGetAllCommand(),
        new HDelCommand(), new HLenCommand(), new TypeCommand(), new DbSizeCommand(),
    ]);

    public bool TryFind(ReadOnlySpan<byte> name, out ICommand command)
    {
        Span<char> chars = stackalloc char[32];
        if (name.Length > chars.Length)
        {
            command = null!;
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            chars[i] = (char)name[i];
        }

        return _lookup.TryGetValue(chars[..name.Length], out command!);
    }
}
