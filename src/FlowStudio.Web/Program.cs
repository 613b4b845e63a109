using FlowStudio.Infrastructure;
using FlowStudio.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFlowStudioInfrastructure();
builder.AddFlowStudioWeb();
builder.AddFlowStudioSandboxes();
builder.Services.AddPaymentsCommerceCrmConnectors();
builder.AddFlowStudioTelemetry();

var app = builder.Build();
await app.InitializeFlowStudioAsync();
app.UseFlowStudioPipeline();
app.MapFlowStudioEndpoints();
app.MapFlowStudioSandboxes();
await app.RunAsync();
