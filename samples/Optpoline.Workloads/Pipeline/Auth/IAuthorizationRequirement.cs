namespace Optpoline.Workloads.Pipeline.Auth;

/// <summary>A condition an endpoint puts on who may call it.</summary>
public interface IAuthorizationRequirement
{
    bool IsSatisfied(RequestContext context);
}
