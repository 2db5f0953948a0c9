using MediatR;

namespace Optpoline.Corpus.Packages.Model;

public sealed class Ping : IRequest<string>
{
    public string Message { get; set; } = "";
}
