using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Optpoline.Corpus.Packages.Model;

public sealed class ListSink : ILogEventSink
{
    public List<string> Lines { get; } = [];

    public void Emit(LogEvent logEvent) => Lines.Add($"{logEvent.Level} {logEvent.RenderMessage(CultureInfo.InvariantCulture)}");
}
