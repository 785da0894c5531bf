// The functions the inserted handlers call, declared so that the sample still type-checks after a
// quick fix. In your project they are yours to write: each handler's comment says what one does.
declare function resendMessage(): Promise<void>;
declare function sendTemplateMessage(): Promise<void>;
declare function refreshCequensToken(): Promise<void>;
declare function renewAccessToken(): Promise<void>;
declare function markRecipientUnreachable(): Promise<void>;
declare function alertOperator(message: string, error: unknown): Promise<void>;
declare function markMessageFailed(message: string): Promise<void>;
declare function pauseSendsToRecipient(delayMs: number, message: string): Promise<void>;
declare function scheduleResend(delayMs: number, message: string): Promise<void>;
