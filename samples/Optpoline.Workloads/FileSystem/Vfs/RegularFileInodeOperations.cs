namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>A regular file has no names under it: every namespace operation keeps the defaults.</summary>
public sealed class RegularFileInodeOperations : InodeOperations
{
}
