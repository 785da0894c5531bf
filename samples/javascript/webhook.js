// Express handler for CEQUENS WhatsApp status webhooks (PUT .../conversation/wab/v1/webhook with
// {"url": "...", "type": "status"}). Failed statuses carry errors[0].code.
'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const RECIPIENT_GONE = new Set([1013, 1026, 472]);

/** Marks the message failed and decides whether someone has to look at it. */
async function onFailedStatus(status, store, alerts) {
  const error = (status.errors && status.errors[0]) || {};
  await store.markFailed(status.id, { code: error.code, title: error.title });

  if (error.code === 470) {
    // Outside the 24-hour customer service window: the next message must be a template.
    await store.queueTemplateFallback(status.recipient_id, status.id);
  } else if (error.code == 471) {
    await alerts.page('WhatsApp spam rate limit hit (471): sending paused for this number');
  } else if (RECIPIENT_GONE.has(error.code)) {
    await store.markContactUnreachable(status.recipient_id);
  } else if (error.code === 2001 || error.code === 2012) {
    alerts.notify(`template problem ${error.code}: ${error.title}`);
  }
}

app.post('/webhooks/cequens/status', async (req, res) => {
  const statuses = (req.body && req.body.statuses) || [];
  for (const status of statuses) {
    if (status.status === 'failed') {
      await onFailedStatus(status, req.app.locals.store, req.app.locals.alerts);
    }
  }
  res.sendStatus(200);
});

module.exports = { app, onFailedStatus };
