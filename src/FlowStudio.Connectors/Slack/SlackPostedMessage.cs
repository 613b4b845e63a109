namespace FlowStudio.Connectors.Slack;

/// <summary>What <c>chat.postMessage</c> answered: the channel id and the message's <c>ts</c> (its id, also for threading).</summary>
public sealed record SlackPostedMessage(string Channel, string Ts, string Text);
