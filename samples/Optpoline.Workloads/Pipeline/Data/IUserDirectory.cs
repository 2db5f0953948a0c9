namespace Optpoline.Workloads.Pipeline.Data;

public interface IUserDirectory
{
    int Count { get; }

    User? Find(int id);
}
