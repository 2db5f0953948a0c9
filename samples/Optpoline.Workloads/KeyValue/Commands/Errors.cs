namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary>The error replies commands share, worded as Redis words them.</summary>
public static class Errors
{
    public const string WrongType = "WRONGTYPE Operation against a key holding the wrong kind of value";
    public const string NotInteger = "ERR value is not an integer or out of range";
    public const string Syntax = "ERR syntax error";
    public const string Overflow = "ERR increment or decrement would overflow";

    public static string WrongArgumentCount(string command) => $"ERR wrong number of arguments for '{command.ToLowerInvariant()}' command";

    public static string UnknownCommand(string name) => $"ERR unknown command '{name}'";

    public static string NoPermission(string user, string command) => $"NOPERM User {user} has no permissions to run the '{command.ToLowerInvariant()}' command";
}
