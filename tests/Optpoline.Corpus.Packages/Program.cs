using System.Diagnostics;
using System.Globalization;
using Optpoline.Corpus.Packages;

// Exercises most of the corpus's packages a little, in rounds for about a second and a half (so that
// woven call sites see enough calls to learn and be promoted), and prints what the first round
// computed. A later round that computes something else is printed too: the output of the woven app
// must be the output of the app as built.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
var sections = Sections.All;
var first = sections.Select(s => (s.Name, Result: Sections.Run(s.Body))).ToList();
foreach (var (name, result) in first)
{
    Console.WriteLine($"{name}: {result}");
}

var clock = Stopwatch.StartNew();
for (var round = 2; clock.Elapsed < TimeSpan.FromSeconds(1.5) || round <= 3; round++)
{
    for (var i = 0; i < sections.Count; i++)
    {
        var again = Sections.Run(sections[i].Body);
        if (again != first[i].Result)
        {
            Console.WriteLine($"{sections[i].Name}, round {round}: {again}");
        }
    }
}

OptpolineSummary.WriteTo(Console.Error);
return 0;
