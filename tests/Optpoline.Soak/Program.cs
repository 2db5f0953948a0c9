using System.Globalization;
using Optpoline.Soak;

// dotnet Optpoline.Soak.dll [seconds]: runs every in-process workload and a JavaScript engine in one
// process, with forced full collections, and prints what the soak test compares (see SoakRun).
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 20;
return new SoakRun(TimeSpan.FromSeconds(seconds), Console.Out).Run();
