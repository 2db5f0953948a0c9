namespace Optpoline.Workloads.Pipeline.Data;

public enum OrderStatus
{
    Placed,
    Shipped,
    Cancelled,
}
