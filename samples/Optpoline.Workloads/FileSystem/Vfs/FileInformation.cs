namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>What QueryPathInformation, QueryFileInformation and FindFirst report about a file.</summary>
public readonly record struct FileInformation(string Name, FileKind Kind, long Size, long Modified, uint Attributes, long Inode);
