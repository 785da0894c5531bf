// Package sender sends WhatsApp messages through CEQUENS and classifies its error codes.
package sender

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const messagesURL = "https://apis.cequens.com/conversation/wab/v1/messages"

// Error is one entry of the "errors" array CEQUENS returns.
type Error struct {
	Code    int    `json:"code"`
	Title   string `json:"title"`
	Details string `json:"details,omitempty"`
}

func (e *Error) Error() string { return fmt.Sprintf("cequens whatsapp error %d: %s", e.Code, e.Title) }

// Codes the same request may succeed with later.
var retryable = map[int]bool{429: true, 1000: true, 1015: true, 1016: true, 1017: true}

const (
	codeReEngagement      = 470
	codeReceiverIncapable = 1026
)

// Client sends messages with a CEQUENS bearer token.
type Client struct {
	HTTP  *http.Client
	Token string
}

// SendText sends a text message, retrying transient errors with exponential back-off.
func (c *Client) SendText(to, body string) error {
	payload, _ := json.Marshal(map[string]any{"to": to, "type": "text", "text": map[string]string{"body": body}})
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		err = c.post(payload)
		var apiErr *Error
		if e, ok := err.(*Error); ok {
			apiErr = e
		}
		if apiErr == nil || !retryable[apiErr.Code] {
			return err
		}
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return err
}

func (c *Client) post(payload []byte) error {
	req, err := http.NewRequest(http.MethodPost, messagesURL, bytes.NewReader(payload))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == 401 {
		return &Error{Code: 401, Title: "TOKEN"}
	}
	var body struct {
		Errors []Error `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return err
	}
	if len(body.Errors) > 0 {
		return &body.Errors[0]
	}
	return nil
}

// Action says what to do with a message that failed with err.
func Action(err *Error) string {
	switch err.Code {
	case codeReEngagement:
		return "send-template"
	case 471:
		return "pause-campaign"
	case 472, 1013, codeReceiverIncapable:
		return "skip-recipient"
	case 1008, 1009, 2001, 2012:
		return "fix-request"
	}
	if retryable[err.Code] {
		return "retry-later"
	}
	return "alert"
}
