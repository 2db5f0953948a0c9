using System.Globalization;
using Optpoline.Rewriter.App;
using Optpoline.Rewriter.Fixtures;

// `App stack N`: the native stack one level of a recursive evaluator takes (see StackUse).
if (args is ["stack", var repetitions])
{
    Console.WriteLine(StackUse.BytesPerLevel(int.Parse(repetitions, CultureInfo.InvariantCulture)).ToString("F1", CultureInfo.InvariantCulture));
    return;
}

// An app whose library gets woven in its build output: it must still start with `dotnet App.dll`
// and print the same thing. The call below is virtual, so weaving the app itself needs the library.
Animal dog = new Puppy();
Console.WriteLine(dog.Describe());
Console.Write(Optpoline.Rewriter.Fixtures.Program.Run());
