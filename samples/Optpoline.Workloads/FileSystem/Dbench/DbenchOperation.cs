using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>One line of a dbench load file: an SMB operation and the status it must return.</summary>
public abstract class DbenchOperation(FsStatus expected)
{
    public FsStatus Expected { get; } = expected;

    public abstract FsStatus Execute(DbenchClient client);
}
