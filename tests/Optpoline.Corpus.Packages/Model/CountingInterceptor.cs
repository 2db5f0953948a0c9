using Castle.DynamicProxy;

namespace Optpoline.Corpus.Packages.Model;

public sealed class CountingInterceptor : IInterceptor
{
    public int Calls { get; private set; }

    public void Intercept(IInvocation invocation)
    {
        Calls++;
        invocation.Proceed();
    }
}
