using FlowStudio.Infrastructure;
using FlowStudio.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFlowStudioInfrastructure();
builder.AddFlowStudioWeb();
builder.AddFlowStudioTelemetry();

var app = builder.Build();
await app.InitializeFlowStudioAsync();
app.UseFlowStudioPipeline();
app.MapFlowStudioEndpoints();
await app.RunAsync();
