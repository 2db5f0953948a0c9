namespace Optpoline.Workloads.Pipeline;

/// <summary>Composes middleware, in the order they are added, in front of a terminal handler.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IMiddleware> _middleware = [];

    public PipelineBuilder Use(IMiddleware middleware)
    {
        _middleware.Add(middleware);
        return this;
    }

    public IRequestHandler Build(IRequestHandler terminal)
    {
        var handler = terminal;
        for (var i = _middleware.Count - 1; i >= 0; i--)
        {
            handler = new Link(_middleware[i], handler);
        }

        return handler;
    }

    /// <summary>A middleware bound to what follows it.</summary>
    private sealed class Link(IMiddleware middleware, IRequestHandler next) : IRequestHandler
    {
        public void Handle(RequestContext context) => middleware.Invoke(context, next);
    }
}
