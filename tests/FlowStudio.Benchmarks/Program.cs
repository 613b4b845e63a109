using BenchmarkDotNet.Running;
using FlowStudio.Benchmarks;

// "durable" runs the SQLite load driver, "webhooks" the webhook ingress load (its sender is "webhooks-client"),
// "designer" the browser measurements; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "durable")
{
    return await DurableLoad.RunAsync(args);
}

if (args.Length > 0 && args[0] == "webhooks")
{
    return await WebhookLoad.RunAsync(args);
}

if (args.Length > 0 && args[0] == "webhooks-client")
{
    return await WebhookLoadClient.RunAsync(args);
}

if (args.Length > 0 && args[0] == "designer")
{
    return await DesignerLoad.RunAsync(args);
}

BenchmarkSwitcher.FromTypes([typeof(InterpreterBenchmarks)]).Run(args);
return 0;
