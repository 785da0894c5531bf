<?php

declare(strict_types=1);

namespace App\Messaging;

/**
 * Sends WhatsApp messages through CEQUENS (cURL) and maps error codes to what the app does next.
 */
final class WhatsAppClient
{
    private const MESSAGES_URL = 'https://apis.cequens.com/conversation/wab/v1/messages';

    /** Codes worth another attempt after a pause. */
    private const RETRYABLE_CODES = [429, 1000, 1015, 1016, 1017];

    public function __construct(private string $token)
    {
    }

    /** @return array{status: int, body: array<string, mixed>} */
    private function post(array $payload): array
    {
        $curl = curl_init(self::MESSAGES_URL);
        curl_setopt_array($curl, [
            CURLOPT_POST => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . $this->token, 'Content-Type: application/json'],
            CURLOPT_POSTFIELDS => json_encode($payload),
        ]);
        $raw = (string) curl_exec($curl);
        $status = (int) curl_getinfo($curl, CURLINFO_HTTP_CODE);
        curl_close($curl);
        return ['status' => $status, 'body' => json_decode($raw, true) ?? []];
    }

    public function sendText(string $to, string $text, int $attempt = 1): string
    {
        $response = $this->post(['to' => $to, 'type' => 'text', 'text' => ['body' => $text]]);
        if ($response['status'] === 401) {
            throw new \RuntimeException('CEQUENS token rejected: ' . ($response['body']['title'] ?? 'MISSING_TOKEN'));
        }
        $error = $response['body']['errors'][0] ?? null;
        if ($error === null) {
            return $response['body']['messages'][0]['id'];
        }
        $code = (int) $error['code'];
        if (in_array($code, self::RETRYABLE_CODES, true) && $attempt < 4) {
            sleep(2 ** $attempt);
            return $this->sendText($to, $text, $attempt + 1);
        }
        throw new \RuntimeException("CEQUENS WhatsApp error {$code}: {$error['title']}", $code);
    }

    public static function nextStep(int $code): string
    {
        return match ($code) {
            470 => 'send-template',
            471 => 'pause-campaign',
            472, 1013, 1026 => 'skip-recipient',
            1008, 1009, 2001, 2012 => 'fix-request',
            default => in_array($code, self::RETRYABLE_CODES, true) ? 'retry-later' : 'alert',
        };
    }
}
