using FlowStudio.Infrastructure;
using FlowStudio.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFlowStudioInfrastructure();
builder.AddFlowStudioWeb();
builder.AddFlowStudioSandboxes();
builder.AddFlowStudioConnectors();
builder.Services.AddCrmMessagingDataConnectors();
builder.AddFlowStudioConnections();
builder.Services.AddPaymentsCommerceCrmConnectors();
builder.AddFlowStudioTelemetry();

var app = builder.Build();
await app.InitializeFlowStudioAsync();
app.UseFlowStudioPipeline();
app.MapFlowStudioEndpoints();
app.MapFlowStudioSandboxes();
await app.RunAsync();
