using Optpoline.Rewriter.Fixtures;

// An app whose library gets woven in its build output: it must still start with `dotnet App.dll`
// and print the same thing. The call below is virtual, so weaving the app itself needs the library.
Animal dog = new Puppy();
Console.WriteLine(dog.Describe());
Console.Write(Optpoline.Rewriter.Fixtures.Program.Run());
