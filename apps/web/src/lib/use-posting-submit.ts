import { App, type FormInstance } from 'antd';
import { useNavigate } from 'react-router';
import { useFormSubmit } from './use-form-submit';

interface PostingSubmitOptions {
  /** The kind's pages: the posting opens at `${route}/${id}` once saved. */
  route: string;
  /** The success messages, in the kind's words. */
  created: string;
  saved: string;
  /** The form fields a server error may name, and the server paths that stand for one of them. */
  fields: readonly string[];
  aliases?: Record<string, string>;
}

/**
 * The submit of a posting's form (a demand, or a catalogue kind): `create` makes the posting, `update` sends
 * only what changed (nothing when nothing did); either then opens the posting. A failure goes onto the
 * fields it names, or above the form.
 */
export function usePostingSubmit(form: FormInstance, options: PostingSubmitOptions) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { busy, error, submit } = useFormSubmit(form, options.fields, options.aliases);

  const create = (call: () => Promise<{ id: string }>) =>
    submit(async () => {
      const { id } = await call();
      void message.success(options.created);
      void navigate(`${options.route}/${id}`);
    });

  const update = (id: string, changes: object, call: () => Promise<unknown>) =>
    submit(async () => {
      if (Object.keys(changes).length > 0) {
        await call();
        void message.success(options.saved);
      }
      void navigate(`${options.route}/${id}`);
    });

  return { busy, error, create, update };
}
