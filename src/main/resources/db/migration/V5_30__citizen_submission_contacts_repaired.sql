-- Pending submissions whose contact the proposal workflow could not take were stuck: forwarding treated anything with
-- an @ as an e-mail address (a Telegram handle «@aigerim_k» or «aigerim@mail» was refused) and anything else as a
-- phone number of at most 50 characters. Contacts are now checked when sent and written one way (CitizenContact);
-- the pending ones are written that way here. A contact that is none of the three stays for the moderator to read
-- and is not passed on when the submission is forwarded.

-- Telegram handles and links: @handle
UPDATE citizen_submission
   SET contact = '@' || substring(btrim(contact) FROM '^(?:@|(?:https?://)?(?:www\.)?t(?:elegram)?\.me/)([A-Za-z][A-Za-z0-9_]{4,31})/?$'),
       version = version + 1
 WHERE status = 'PENDING'
   AND btrim(contact) ~ '^(?:@|(?:https?://)?(?:www\.)?t(?:elegram)?\.me/)[A-Za-z][A-Za-z0-9_]{4,31}/?$';

-- E-mail addresses: trimmed, lower case
UPDATE citizen_submission
   SET contact = lower(btrim(contact)), version = version + 1
 WHERE status = 'PENDING' AND btrim(contact) ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:].]{2,}$'
   AND contact <> lower(btrim(contact));

-- Kazakhstan phone numbers (8 701 555 01 99, +7 (701) 555-01-99, 7015550199): +7 701 555 01 99
UPDATE citizen_submission
   SET contact = regexp_replace(right(regexp_replace(contact, '[^0-9]', '', 'g'), 10),
                                '^([0-9]{3})([0-9]{3})([0-9]{2})([0-9]{2})$', '+7 \1 \2 \3 \4'),
       version = version + 1
 WHERE status = 'PENDING'
   AND btrim(contact) ~ '^[+0-9 ().-]+$'
   AND (regexp_replace(contact, '[^0-9]', '', 'g') ~ '^[78]7[0-9]{9}$'
        OR regexp_replace(contact, '[^0-9]', '', 'g') ~ '^7[0-9]{9}$')
   AND contact !~ '^\+7 [0-9]{3} [0-9]{3} [0-9]{2} [0-9]{2}$';
