using MediatR;

namespace Optpoline.Corpus.Packages.Model;

public sealed class PingHandler : IRequestHandler<Ping, string>
{
    public Task<string> Handle(Ping request, CancellationToken cancellationToken) => Task.FromResult("pong " + request.Message);
}
