using System.Globalization;
using System.Reactive.Linq;
using System.Text;
using Ardalis.GuardClauses;
using Autofac;
using Castle.DynamicProxy;
using CsvHelper;
using Humanizer;
using Mapster;
using Markdig;
using MediatR;
using MessagePack;
using Microsoft.AspNetCore.JsonPatch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using Optpoline.Corpus.Packages.Model;
using Pidgin;
using Polly;
using Polly.Retry;
using Serilog.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Rendering;
using Superpower;
using Superpower.Parsers;
using YamlDotNet.Serialization;
using SpracheParse = Sprache.Parse;
using SpracheExtensions = Sprache.ParserExtensions;

namespace Optpoline.Corpus.Packages;

/// <summary>What the app computes with each package. Every result is text that does not depend on the time or the machine.</summary>
internal static class Sections
{
    private static readonly IShape[] s_shapes = [new Circle { Radius = 2 }, new Square { Side = 3 }, new Circle(), new Square()];

    public static IReadOnlyList<Section> All { get; } =
    [
        new("Newtonsoft.Json", NewtonsoftJson),
        new("System.Text.Json", SystemTextJson),
        new("MessagePack", MessagePackRoundTrip),
        new("protobuf-net", ProtobufRoundTrip),
        new("YamlDotNet", Yaml),
        new("CsvHelper", Csv),
        new("Markdig", () => Markdown.ToHtml("# Title\n\n- one\n- **two**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`code`", new MarkdownPipelineBuilder().UseAdvancedExtensions().Build()).ReplaceLineEndings("|")),
        new("Acornima", () => Acornima.Ast.NodeExtensions.DescendantNodesAndSelf(new Acornima.Parser().ParseScript("function f(a) { return a * 2; } const xs = [1, 2, 3].map(f);")).Count().ToString(CultureInfo.InvariantCulture)),
        new("Esprima", () => Esprima.Ast.NodeExtensions.DescendantNodesAndSelf(new Esprima.JavaScriptParser().ParseScript("let s = 0; for (let i = 0; i < 3; i++) { s += i; }")).Count().ToString(CultureInfo.InvariantCulture)),
        new("Superpower", () => string.Join("+", Numerics.IntegerInt32.ManyDelimitedBy(Character.EqualTo(',')).Parse("4,8,15,16,23,42"))),
        new("Sprache", () => string.Join("+", SpracheExtensions.Parse(SpracheParse.DelimitedBy(SpracheParse.Number, SpracheParse.Char(',')), "4,8,15"))),
        new("Pidgin", () => string.Join("+", Pidgin.Parser.DecimalNum.Separated(Pidgin.Parser.Char(',')).ParseOrThrow("16,23,42"))),
        new("Serilog", SerilogLogging),
        new("Microsoft.Extensions.DependencyInjection+Scrutor", DependencyInjection),
        new("Autofac", AutofacContainer),
        new("Polly.Core", PollyRetry),
        new("MediatR", MediatRSend),
        new("FluentValidation", () => string.Join(";", new PersonValidator().Validate(new Person { Name = "", Age = 200, Tags = ["a", ""] }).Errors.Select(e => $"{e.PropertyName}:{e.ErrorCode}"))),
        new("Ardalis.GuardClauses", Guards),
        new("Mapster", () => new Person { Name = "Ann", Age = 41 }.Adapt<PersonDto>() is var dto ? $"{dto.Name} {dto.Age}" : ""),
        new("Castle.Core", DynamicProxy),
        new("System.Reactive", () => Observable.Range(1, 100).Where(i => i % 3 == 0).Select(i => i * i).Sum().Wait().ToString(CultureInfo.InvariantCulture)),
        new("Humanizer", () => $"{"PascalCaseInputString".Humanize()} | {1234.ToWords()} | {TimeSpan.FromMinutes(90).Humanize(2)} | {"order".ToQuantity(3)}"),
        new("NodaTime", Time),
        new("Spectre.Console", SpectreTable),
        new("System.CommandLine", CommandLine),
        new("NLog", NLogMemory),
        new("Microsoft.IdentityModel", Jwt),
        new("Microsoft.AspNetCore.JsonPatch", JsonPatch),
    ];

    public static string Run(Func<string> body)
    {
        try
        {
            return body();
        }
#pragma warning disable CA1031 // A section that throws prints what it threw: the woven app must throw the same.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"threw {e.GetType().Name}: {e.Message}";
        }
    }

    private static string NewtonsoftJson()
    {
        var json = JsonConvert.SerializeObject(new { name = "Ann", tags = new[] { "a", "b" }, shapes = s_shapes });
        var parsed = JObject.Parse(json);
        return $"{json.Length} {parsed["name"]} {parsed["shapes"]!.Count()} {JsonConvert.DeserializeObject<Person>("{\"Name\":\"Bo\",\"Age\":3,\"Tags\":[\"x\"]}")!.Tags[0]}";
    }

    private static string SystemTextJson()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new Person { Name = "Ann", Age = 41, Tags = ["x", "y"] });
        var back = System.Text.Json.JsonSerializer.Deserialize<Person>(json)!;
        return $"{json} {back.Tags.Count}";
    }

    private static string MessagePackRoundTrip()
    {
        var bytes = MessagePackSerializer.Serialize(new PackPoint { X = 3, Y = 4, Label = "p" });
        var back = MessagePackSerializer.Deserialize<PackPoint>(bytes);
        var map = MessagePackSerializer.Deserialize<Dictionary<string, int>>(MessagePackSerializer.Serialize(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }));
        return $"{bytes.Length} {back.X},{back.Y},{back.Label} {map["b"]}";
    }

    private static string ProtobufRoundTrip()
    {
        using var stream = new MemoryStream();
        ProtoBuf.Serializer.Serialize(stream, new ProtoPoint { X = 5, Y = 6, Label = "q" });
        stream.Position = 0;
        var back = ProtoBuf.Serializer.Deserialize<ProtoPoint>(stream);
        return $"{stream.Length} {back.X},{back.Y},{back.Label}";
    }

    private static string Yaml()
    {
        var yaml = new SerializerBuilder().Build().Serialize(new Person { Name = "Ann", Age = 41, Tags = ["x"] });
        var back = new DeserializerBuilder().Build().Deserialize<Person>(yaml);
        return $"{yaml.ReplaceLineEndings("|")} {back.Name} {back.Age}";
    }

    private static string Csv()
    {
        using var writer = new StringWriter();
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions(), true))
        {
            csv.WriteHeader(["Id", "Name", "Price"]);
            csv.WriteRecord(["1", "a", "1.5"]);
            csv.WriteRecord(["2", "b, \"c\"", "2"]);
            csv.Flush();
        }

        using var reader = CsvReader.FromText(writer.ToString(), new CsvReaderOptions());
        reader.ReadHeader();
        var (total, names) = (0m, new List<string>());
        while (reader.Read())
        {
            total += reader.Parse<decimal>(2);
            names.Add(reader.GetString("Name"));
        }

        return $"{writer.ToString().ReplaceLineEndings("|")} {total} {string.Join("/", names)}";
    }

    private static string SerilogLogging()
    {
        var sink = new ListSink();
        using var logger = new Serilog.LoggerConfiguration().MinimumLevel.Debug().Enrich.WithProperty("App", "corpus").WriteTo.Sink(sink).CreateLogger();
        logger.Information("Shape {Name} has area {Area:F2}", "circle", 12.566);
        logger.Debug("Person {@Person}", new PersonDto { Name = "Ann", Age = 41 });
        using var factory = new SerilogLoggerFactory(logger);
        factory.CreateLogger("corpus").LogWarning("Through Microsoft.Extensions.Logging: {Count}", 3);
        return string.Join(" | ", sink.Lines);
    }

    private static string DependencyInjection()
    {
        var services = new ServiceCollection();
        services.Scan(scan => scan.FromAssemblyOf<Circle>().AddClasses(c => c.AssignableTo<IShape>()).AsImplementedInterfaces().WithTransientLifetime());
        services.AddSingleton<PersonValidator>();
        using var provider = services.BuildServiceProvider(validateScopes: true);
        var shapes = provider.GetServices<IShape>().OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        return $"{string.Join(",", shapes.Select(s => s.Name))} {shapes.Sum(s => s.Area()):F3} {provider.GetRequiredService<PersonValidator>().GetType().Name}";
    }

    private static string AutofacContainer()
    {
        var builder = new ContainerBuilder();
        builder.RegisterType<Circle>().As<IShape>();
        builder.RegisterType<Square>().As<IShape>().SingleInstance();
        using var container = builder.Build();
        var shapes = container.Resolve<IEnumerable<IShape>>().ToList();
        return $"{string.Join(",", shapes.Select(s => s.Name))} {shapes.Sum(s => s.Area()):F3} {ReferenceEquals(container.Resolve<IEnumerable<IShape>>().Last(), shapes.Last())}";
    }

    private static string PollyRetry()
    {
        var attempts = 0;
        var pipeline = new ResiliencePipelineBuilder<int>()
            .AddRetry(new RetryStrategyOptions<int> { MaxRetryAttempts = 4, Delay = TimeSpan.Zero, ShouldHandle = new PredicateBuilder<int>().Handle<InvalidOperationException>().HandleResult(r => r < 0) })
            .Build();
        var result = pipeline.Execute(() => ++attempts switch
        {
            1 => throw new InvalidOperationException("first"),
            2 => -1,
            var n => n * 10,
        });
        return $"{result} after {attempts} attempts";
    }

    private static string MediatRSend()
    {
        var mediator = new MediatR.Mediator(type =>
            type == typeof(IRequestHandler<Ping, string>) ? new PingHandler()
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? Array.CreateInstance(type.GetGenericArguments()[0], 0)
            : null!);
        return mediator.Send(new Ping { Message = "corpus" }).GetAwaiter().GetResult();
    }

    private static string Guards()
    {
        var results = new List<string> { Guard.Against.NullOrEmpty("ok", "name"), Guard.Against.OutOfRange(5, "n", 1, 10).ToString(CultureInfo.InvariantCulture) };
        try
        {
            Guard.Against.NullOrWhiteSpace("  ", "title");
        }
        catch (ArgumentException e)
        {
            results.Add($"{e.GetType().Name}({e.ParamName})");
        }

        return string.Join(" ", results);
    }

    private static string DynamicProxy()
    {
        var interceptor = new CountingInterceptor();
        var proxy = new ProxyGenerator().CreateInterfaceProxyWithTarget<IShape>(new Square { Side = 4 }, interceptor);
        var area = proxy.Area() + proxy.Area();
        return $"{area} {proxy.Name} {interceptor.Calls}";
    }

    private static string Time()
    {
        var date = new LocalDate(2024, 2, 28).PlusDays(2);
        var period = Period.Between(new LocalDate(2020, 1, 15), date);
        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"].AtStrictly(new LocalDateTime(2024, 7, 1, 12, 0)).ToInstant();
        return $"{date:yyyy-MM-dd} {period} {paris}";
    }

    private static string SpectreTable()
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer), Interactive = InteractionSupport.No });
        console.Profile.Width = 40;
        var table = new Table().AddColumn("Shape").AddColumn(new TableColumn("Area").RightAligned());
        foreach (var shape in s_shapes)
        {
            table.AddRow(new Text(shape.Name), new Text(shape.Area().ToString("F2", CultureInfo.InvariantCulture)));
        }

        console.Write(table);
        return writer.ToString().ReplaceLineEndings("|");
    }

    private static string CommandLine()
    {
        var count = new System.CommandLine.Option<int>("--count", "-c") { DefaultValueFactory = _ => 1 };
        var name = new System.CommandLine.Argument<string>("name");
        var root = new System.CommandLine.RootCommand("corpus") { count, name };
        var parsed = root.Parse(["-c", "3", "ann"]);
        var bad = root.Parse(["--count", "x"]);
        return $"{parsed.GetValue(count)} {parsed.GetValue(name)} errors:{bad.Errors.Count}";
    }

    private static string NLogMemory()
    {
        var config = new NLog.Config.LoggingConfiguration();
        var memory = new NLog.Targets.MemoryTarget("memory") { Layout = "${level}|${logger}|${message}" };
        config.AddRuleForAllLevels(memory);
        using var factory = new NLog.LogFactory { Configuration = config };
        var logger = factory.GetLogger("corpus");
        logger.Info("hello {0}", 42);
        logger.Warn("shape {Name}", "square");
        return string.Join(" ", memory.Logs);
    }

    private static string Jwt()
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 32)));
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "corpus",
            Audience = "tests",
            Claims = new Dictionary<string, object> { ["sub"] = "ann", ["role"] = "reader" },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        var result = handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "corpus",
            ValidAudience = "tests",
            IssuerSigningKey = key,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        }).GetAwaiter().GetResult();
        var read = new System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler().ReadJwtToken(token);
        return $"{token.Length} {result.IsValid} {result.Claims["sub"]} {read.Subject}";
    }

    private static string JsonPatch()
    {
        var person = new Person { Name = "Ann", Age = 41, Tags = ["a"] };
        var patch = new JsonPatchDocument<Person>();
        patch.Replace(p => p.Name, "Bo");
        patch.Add(p => p.Tags, "b");
        patch.ApplyTo(person);
        return $"{person.Name} {string.Join(",", person.Tags)} {JsonConvert.SerializeObject(patch)}";
    }
}
