using Optpoline.Workloads.Pipeline.Data;

namespace Optpoline.Workloads.Pipeline.Endpoints;

/// <summary>Finding the order a request names, if the caller may see it (others' orders look missing).</summary>
internal static class OrderAccess
{
    public static Order? Find(RequestContext context)
    {
        var order = context.Services.Orders.Find(Guid.ParseExact(context.RouteValues["id"], "D"));
        if (order is null)
        {
            return null;
        }

        var user = context.User;
        return order.UserId == user.UserId || user.IsInRole("admin") || user.IsInRole("service") ? order : null;
    }
}
