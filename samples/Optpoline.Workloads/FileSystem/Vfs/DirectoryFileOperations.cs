namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>An open directory: it is listed, not read or written (every other operation refuses).</summary>
public sealed class DirectoryFileOperations : FileOperations
{
}
