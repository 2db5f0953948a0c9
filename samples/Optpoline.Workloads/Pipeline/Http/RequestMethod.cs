namespace Optpoline.Workloads.Pipeline.Http;

public enum RequestMethod
{
    Get,
    Post,
    Put,
    Delete,
}
