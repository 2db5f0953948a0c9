namespace Optpoline.Workloads.FileSystem.Vfs;

public enum FileKind
{
    Regular,
    Directory,
}
