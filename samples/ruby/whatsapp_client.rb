# frozen_string_literal: true

# CEQUENS WhatsApp client with error handling (Ruby 3, the standard library's Net::HTTP and JSON).
#
# Hover over a code to read what it means; the light bulb inserts a handler for it.

require 'json'
require 'logger'
require 'net/http'

CEQUENS_MESSAGES_URL = URI('https://apis.cequens.com/conversation/wab/v1/messages')

# Worth another attempt after a pause.
RETRYABLE_CODES = [429, 1000, 1015, 1016, 1017].freeze
# The recipient cannot receive WhatsApp messages.
UNREACHABLE_CODES = [1013, 1026].freeze

# A failed send, with the code CEQUENS or WhatsApp gave it.
class CequensError < StandardError
  attr_reader :code, :title

  def initialize(code, title)
    super("CEQUENS WhatsApp error #{code}: #{title}")
    @code = code
    @title = title
  end
end

# Sends messages, retrying what is worth retrying.
class WhatsAppClient
  def initialize(token, max_attempts: 4, logger: Logger.new($stderr))
    @token = token
    @max_attempts = max_attempts
    @logger = logger
  end

  def send_text(to, body)
    deliver({ recipient_type: 'individual', to: to, type: 'text', text: { body: body } })
  end

  private

  def deliver(payload, attempt = 1)
    response = Net::HTTP.post(CEQUENS_MESSAGES_URL, JSON.generate(payload),
                              'Authorization' => "Bearer #{@token}", 'Content-Type' => 'application/json')
    body = JSON.parse(response.body)
    error = (body['errors'] || []).first
    return body['messages'].first['id'] unless error

    if RETRYABLE_CODES.include?(error['code']) && attempt < @max_attempts
      @logger.warn("CEQUENS error #{error['code']}, retrying")
      sleep(2**attempt)
      return deliver(payload, attempt + 1)
    end
    raise CequensError.new(error['code'], error['title'])
  end
end

# Decides what happens to a message that could not be sent.
def handle_failure(error, contact)
  case error.code
  when 470
    # The 24-hour window is closed: re-open the conversation with a template.
    contact.queue_template('reengage_customer')
    :template
  when 471
    :paused
  when 1008, 1009
    :fix_request
  when 131049
  when *UNREACHABLE_CODES
    contact.mark_unreachable
    :unreachable
  else
    :failed
  end
end

def report(error, logger)
  logger.error('token rejected, sign in again') if error.code == 401
  if error.code == 131056
    logger.warn('pair rate limit: slow down for this recipient')
  end
  logger.info("failed with #{error.code}") unless error.code == 1026
end
