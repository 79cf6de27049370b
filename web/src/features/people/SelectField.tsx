/** One choice of a form: a label and its list. */
export interface Choice<V extends string> {
  value: V;
  label: string;
}

/**
 * A labelled `<select>`, as every form of the People page has them: the filter's (with "any"
 * first) and the person's role, body and country (with "choose" first when a choice is needed).
 */
export function SelectField<V extends string>({
  id,
  label,
  value,
  onChange,
  choices,
  empty,
  required,
  className,
}: {
  id: string;
  label: string;
  value: V | '';
  onChange: (value: V | '') => void;
  choices: readonly Choice<V>[];
  /** The words of a first, empty choice; none when a value is always set. */
  empty?: string;
  required?: boolean;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} required={required} value={value} onChange={(event) => onChange(event.target.value as V | '')}>
        {empty !== undefined && <option value="">{empty}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
