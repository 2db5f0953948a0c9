namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary>What a command does, for access control (as Redis ACL categories).</summary>
[Flags]
public enum CommandCategories
{
    None = 0,
    Read = 1,
    Write = 2,
    String = 4,
    Hash = 8,
    Keyspace = 16,
    Connection = 32,
}
