using System.Globalization;

namespace Optpoline.Workloads.Pipeline.Middleware;

/// <summary>Adds Server, Date (formatted once a second, as servers cache it) and a request id.</summary>
public sealed class ServerHeadersMiddleware : IMiddleware
{
    private long _requestId;
    private long _dateSecond = -1;
    private string _date = "";

    public void Invoke(RequestContext context, IRequestHandler next)
    {
        var clock = context.Services.Clock;
        var second = clock.Milliseconds / 1000;
        if (second != _dateSecond)
        {
            _dateSecond = second;
            _date = clock.Now.ToString("R", CultureInfo.InvariantCulture);
        }

        var headers = context.Response.Headers;
        headers.Add("Server", "shop/1.0");
        headers.Add("Date", _date);
        headers.Add("X-Request-Id", (++_requestId).ToString("x8", CultureInfo.InvariantCulture));
        next.Handle(context);
    }
}
