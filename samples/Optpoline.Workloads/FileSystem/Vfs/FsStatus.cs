namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>What a file-system operation returns, as the SMB server reports it to the client.</summary>
public enum FsStatus
{
    Ok,
    NameNotFound,
    PathNotFound,
    NameCollision,
    NotADirectory,
    IsADirectory,
    DirectoryNotEmpty,
    InvalidHandle,
    LockConflict,
}
