using Optpoline.Workloads.Pipeline.Results;

namespace Optpoline.Workloads.Pipeline.Middleware;

/// <summary>Checks the endpoint's requirements: 401 for an anonymous caller, 403 for one who may not.</summary>
public sealed class AuthorizationMiddleware : IMiddleware
{
    private static readonly ProblemResult s_unauthorized = new(401, "Sign in first");
    private static readonly ProblemResult s_forbidden = new(403, "Forbidden");

    public void Invoke(RequestContext context, IRequestHandler next)
    {
        if (context.Endpoint is { } endpoint)
        {
            foreach (var requirement in endpoint.Requirements)
            {
                if (!requirement.IsSatisfied(context))
                {
                    (context.User.IsAuthenticated ? s_forbidden : s_unauthorized).Execute(context);
                    return;
                }
            }
        }

        next.Handle(context);
    }
}
