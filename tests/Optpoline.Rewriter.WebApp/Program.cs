using System.Reflection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Optpoline.Rewriter.WebApp;

// Serves shapes on an ephemeral loopback port, asks itself for a fixed list of them, prints what it
// was served and exits. Usage: [--requests N] (default 200).
var requests = args.Length == 2 && args[0] == "--requests" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Services.AddSingleton<ShapeCatalog>();
var app = builder.Build();

// A middleware of the app's own, in the framework's pipeline.
app.Use(async (context, next) =>
{
    context.Response.Headers["x-catalog"] = "shapes";
    await next(context);
});
app.MapGet("/shape/{kind}/{size:int}", (string kind, int size, ShapeCatalog catalog) => catalog.Describe(kind, size));

await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
using (var client = new HttpClient { BaseAddress = new Uri(address) })
{
    var kinds = new[] { "circle", "square", "triangle", "circle" };
    ulong hash = 14695981039346656037;
    for (var i = 0; i < requests; i++)
    {
        using var response = await client.GetAsync($"/shape/{kinds[i % kinds.Length]}/{i % 17}");
        var body = await response.Content.ReadAsStringAsync();
        foreach (var c in $"{(int)response.StatusCode} {response.Headers.GetValues("x-catalog").Single()} {body}\n")
        {
            hash = (hash ^ c) * 1099511628211;
        }

        if (i < 4)
        {
            Console.WriteLine($"{(int)response.StatusCode} {body}");
        }
    }

    Console.WriteLine($"served {requests}, checksum {hash:x16}");
}

Console.WriteLine($"entry assembly: {Assembly.GetEntryAssembly()?.GetName().Name}");
Console.WriteLine($"application name: {app.Environment.ApplicationName}");
Console.WriteLine($"ASP.NET Core loaded beside the app: {typeof(WebApplication).Assembly.GetName().Name}");
await app.StopAsync();
